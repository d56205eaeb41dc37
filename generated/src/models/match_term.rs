//! `MatchTerm`, from `beta/schemas/app/matchTerm.yaml`.

/// `MatchTerm` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MatchTerm {
    /// The attribute name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The attribute value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    /// The operator between name and value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub op: Option<String>,
    /// If it is a container or a real match term
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub container: Option<bool>,
    /// If it is AND logical operator for the children match terms
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub and: Option<bool>,
    /// The children under this match term
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MatchTerm {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        MatchTerm {
            name: None,
            value: None,
            op: None,
            container: None,
            and: None,
            children: None,
            additional_properties: Default::default(),
        }
    }
}
