# Frontend Dockerfile
FROM nginx:alpine

# Copy the frontend files
COPY frontend/ /usr/share/nginx/html/

# Copy the Nginx configuration
COPY nginx/default.conf /etc/nginx/conf.d/default.conf

# Expose port
EXPOSE 80

# Start Nginx
CMD ["nginx", "-g", "daemon off;"]