# The web interface's assets (the DSFR), from the npm registry at the versions of
# package-lock.json; only its built files go into the image.
FROM node:20-slim AS assets
WORKDIR /assets
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --omit=dev --no-audit --no-fund

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 conventions
WORKDIR /app
COPY pyproject.toml README.md ./
COPY domain domain
COPY application application
COPY infrastructure infrastructure
COPY api api
COPY projections projections
COPY client client
RUN pip install --no-cache-dir .
COPY --from=assets /assets/node_modules/@gouvfr/dsfr/dist /app/assets/dsfr
ENV WEB_ASSETS_DIR=/app/assets/dsfr
USER conventions
EXPOSE 8000
CMD ["conventions", "serve", "--host", "0.0.0.0", "--port", "8000"]
