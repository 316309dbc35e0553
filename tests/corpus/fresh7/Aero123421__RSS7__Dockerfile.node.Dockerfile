# Node.jsのLTSバージョンをベースイメージとして使用
FROM node:20-slim

# 作業ディレクトリの設定
WORKDIR /app

# package.jsonとpackage-lock.jsonをコピー
COPY package*.json ./

# 依存関係のインストール
RUN npm install

# アプリケーションのソースコードをコピー
COPY . .

# TypeScriptのコンパイル（本番環境ではJSを直接実行する方が良いが、ts-nodeを使う構成なのでこれでOK）
# RUN npm run build

# コンテナ起動時のコマンド
CMD ["npm", "start"]
