# docpipe: one image for every service (workers, sources, relay, migrations).
#   docker build -t docpipe:cpu .
#   docker build -t docpipe:gpu --build-arg TORCH_INDEX_URL=https://download.pytorch.org/whl/cu128 .
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Tesseract with the languages of DOCPIPE_OCR_LANGUAGES' default, and orientation detection.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-osd \
        poppler-utils \
    && rm -rf /var/lib/apt/lists/*

# torch first, from the index of the wanted build (CPU, or CUDA for the GPU infer worker).
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install --index-url "${TORCH_INDEX_URL}" torch==2.13.0

WORKDIR /app
# The pinned dependencies in a layer of their own, so that a code change does not reinstall them.
COPY pyproject.toml README.md ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt
COPY pipeline ./pipeline
COPY models ./models
COPY workers ./workers
RUN pip install --no-deps .

RUN useradd --system --uid 10001 --home-dir /data docpipe \
    && mkdir -p /data/blobs /data/models /inbox \
    && chown -R docpipe /data /inbox
USER docpipe
ENV DOCPIPE_DATA_DIR=/data \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1
VOLUME ["/data/blobs", "/data/models", "/inbox"]

CMD ["docpipe", "--help"]
