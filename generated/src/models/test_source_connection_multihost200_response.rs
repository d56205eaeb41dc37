//! `TestSourceConnectionMultihost200Response`, from `beta/paths/multi-host-integration-test-connection-source.yaml#/get/responses/200/content/application~1json/schema`.

use crate::models::TestSourceConnectionMultihost200ResponseResultType;

/// `TestSourceConnectionMultihost200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TestSourceConnectionMultihost200Response {
    /// Source's test connection status.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub success: Option<bool>,
    /// Source's test connection message.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message: Option<String>,
    /// Source's test connection timing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<i64>,
    /// Source's human-readable result type.
    #[serde(rename = "resultType", default, skip_serializing_if = "Option::is_none")]
    pub result_type: Option<TestSourceConnectionMultihost200ResponseResultType>,
    /// Source's human-readable test connection details.
    #[serde(
        rename = "testConnectionDetails",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub test_connection_details: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TestSourceConnectionMultihost200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        TestSourceConnectionMultihost200Response {
            success: None,
            message: None,
            timing: None,
            result_type: None,
            test_connection_details: None,
            additional_properties: Default::default(),
        }
    }
}
