//! `WorkflowOAuthClient`, from `beta/schemas/WorkflowOAuthClient.yaml`.

/// `WorkflowOAuthClient` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkflowOAuthClient {
    /// OAuth client ID for the trigger. This is a UUID generated upon creation.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// OAuthClient secret.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub secret: Option<String>,
    /// URL for the external trigger to invoke
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub url: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkflowOAuthClient {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        WorkflowOAuthClient {
            id: None,
            secret: None,
            url: None,
            additional_properties: Default::default(),
        }
    }
}
