FROM python:3.11-slim

WORKDIR /app
COPY . /app

RUN apt-get update && apt-get install -y testdisk \
    && pip install --no-cache-dir -r requirements.txt

EXPOSE 5000
CMD ["python", "-m", "app.main"]
