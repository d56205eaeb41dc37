//! `AggregationresultCsv`, from `apis/search/schemas/aggregationresult-csv.yaml`.

/// If the *Accept:text/csv* header is specified and the *aggregationType* parameter in the request body is *SAILPOINT*,
///
/// the aggregation result will be returned as a CSV document.
pub type AggregationresultCsv = String;
