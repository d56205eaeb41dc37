//! `ResourceObjectsRequest`, from `beta/schemas/ResourceObjectsRequest.yaml`.

/// Request model for peek resource objects from source connectors.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceObjectsRequest {
    /// The type of resource objects to iterate over.
    #[serde(
        rename = "objectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub object_type: Option<String>,
    /// The maximum number of resource objects to iterate over and return.
    #[serde(rename = "maxCount", default, skip_serializing_if = "Option::is_none")]
    pub max_count: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ResourceObjectsRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ResourceObjectsRequest {
            object_type: None,
            max_count: None,
            additional_properties: Default::default(),
        }
    }
}
