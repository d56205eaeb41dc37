//! `EventAttributes`, from `beta/schemas/workflows/trigger-attributes/EventAttributes.yaml`.

/// Attributes related to an IdentityNow ETS event
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EventAttributes {
    /// The unique ID of the trigger
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub id: Option<String>,
    /// JSON path expression that will limit which events the trigger will fire on
    #[serde(
        rename = "filter.$",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub filter: Option<String>,
    /// Description of the event trigger
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// The attribute to filter on
    #[serde(
        rename = "attributeToFilter",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub attribute_to_filter: Option<String>,
    /// Form definition's unique identifier.
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub form_definition_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EventAttributes {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EventAttributes {
            id: None,
            filter: None,
            description: None,
            attribute_to_filter: None,
            form_definition_id: None,
            additional_properties: Default::default(),
        }
    }
}
