// Package kafkasource holds the pipeline's Kafka sources, built on
// internal/kafka: Source hands out the URLs of the URL topic as a member of
// a consumer group and commits a partition only up to the first URL not
// done (at-least-once, bounded by MaxUncommitted); RawTopic reads the raw
// pages back from the raw topic for reprocessing, committing its progress
// as a group's offsets. The URL records newsner watch writes are read with
// their hints (title, publication time) for the article.
package kafkasource
