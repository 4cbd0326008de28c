# Builds the newsner binary into a small image (used by compose.yaml).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /newsner ./cmd/newsner

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /newsner /newsner
ENTRYPOINT ["/newsner"]
CMD ["run"]
