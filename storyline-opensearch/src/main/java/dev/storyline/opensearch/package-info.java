/**
 * The searchable store on an OpenSearch cluster: the store interfaces of {@code storyline-core} implemented over
 * OpenSearch's REST API, with deterministic document ids so that a replay after a failure changes nothing.
 */
package dev.storyline.opensearch;
