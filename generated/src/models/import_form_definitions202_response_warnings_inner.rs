//! `ImportFormDefinitions202ResponseWarningsInner`, from `beta/paths/form-definitions-import.yaml#/post/responses/202/content/application~1json/schema/properties/warnings/items`.

/// `ImportFormDefinitions202ResponseWarningsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ImportFormDefinitions202ResponseWarningsInner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub key: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub text: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ImportFormDefinitions202ResponseWarningsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ImportFormDefinitions202ResponseWarningsInner {
            detail: None,
            key: None,
            text: None,
            additional_properties: Default::default(),
        }
    }
}
