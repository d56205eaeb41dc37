//! `MetricResponse`, from `beta/schemas/MetricResponse.yaml`.

/// `MetricResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MetricResponse {
    /// the name of metric
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// the value associated to the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MetricResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MetricResponse {
            name: None,
            value: None,
            additional_properties: Default::default(),
        }
    }
}
