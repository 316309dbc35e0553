/**
 * Docker Official Images: the only repositories in Docker Hub's library/ namespace, so the only
 * names a one-word reference (FROM debian, FROM bats-jenkins) can pull from Docker Hub. Every name
 * ever in docker-library/official-images' library/ folder (deprecated images stay pullable), read
 * from its git history at commit 37079fb336f572a88700cf32e5e1f6be54a04e8f (2026-08-21):
 * `git log --name-only --format= -- 'library/*'`.
 */
export const officialImages: ReadonlySet<string> = new Set([
  'adminer', 'adoptopenjdk', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto',
  'amazonlinux', 'api-firewall', 'arangodb', 'archlinux', 'azul-zulu', 'backdrop', 'bash', 'bonita',
  'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'celery', 'centos', 'chronograf', 'cirros',
  'clearlinux', 'clefos', 'clickhouse', 'clojure', 'composer', 'consul', 'convertigo', 'couchbase',
  'couchdb', 'couchdb-nouveau', 'crate', 'crux', 'dart', 'debian', 'django', 'docker', 'docker-dev',
  'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch', 'elixir', 'emqx',
  'erlang', 'espocrm', 'euleros', 'express-gateway', 'fedora', 'flink', 'fluentd', 'friendica',
  'fsharp', 'gazebo', 'gcc', 'geonetwork', 'ghost', 'glassfish', 'golang', 'gradle', 'groovy',
  'haproxy', 'haskell', 'haxe', 'hello-seattle', 'hello-world', 'hipache', 'hitch', 'hola-mundo',
  'httpd', 'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'iojs', 'irssi', 'java', 'jenkins',
  'jetty', 'jobber', 'joomla', 'jruby', 'julia', 'kaazing-gateway', 'kapacitor', 'kibana', 'known',
  'kong', 'krakend', 'lightstreamer', 'lightstreamer-server', 'liquibase', 'logstash', 'mageia',
  'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mono',
  'mosquitto', 'mysql', 'nats', 'nats-streaming', 'neo4j', 'neurodebian', 'nextcloud', 'nginx', 'nim',
  'node', 'notary', 'notary-server', 'notary-signer', 'nuxeo', 'odoo', 'open-liberty', 'openjdk',
  'opensuse', 'oraclelinux', 'orientdb', 'owncloud', 'percona', 'perl', 'photon', 'php',
  'php-zendserver', 'phpmyadmin', 'piwik', 'plone', 'postfixadmin', 'postgres', 'pypy', 'python',
  'r-base', 'rabbitmq', 'rails', 'rakudo-star', 'rapidoid', 'redis', 'redmine', 'registry',
  'rethinkdb', 'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'sentry',
  'silverpeas', 'sl', 'solr', 'sonarqube', 'sourcemage', 'spark', 'spiped', 'storm', 'swarm', 'swift',
  'swipl', 'teamspeak', 'telegraf', 'thrift', 'tomcat', 'tomee', 'traefik', 'ubuntu',
  'ubuntu-debootstrap', 'ubuntu-upstart', 'unit', 'varnish', 'vault', 'websphere-liberty',
  'wordpress', 'xwiki', 'yourls', 'zend-php', 'znc', 'zookeeper'
]);
