/**
 * The distributed deployment: raw pages, analysed articles and assignments on Kafka topics, the pipeline's stages
 * as a Flink job (analysis in parallel, event and story assignment in Flink managed state), sinks to OpenSearch.
 */
package dev.storyline.cluster;
