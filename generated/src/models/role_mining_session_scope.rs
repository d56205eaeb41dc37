//! `RoleMiningSessionScope`, from `beta/schemas/RoleMiningSessionScope.yaml`.

/// `RoleMiningSessionScope` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningSessionScope {
    /// The list of identities for this role mining session.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The "search" criteria that produces the list of identities for this role mining session.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub criteria: Option<String>,
    /// The filter criteria for this role mining session.
    ///
    /// The spec's example has a lone item here, not a list: a lone item is read as a list of one.
    #[serde(
        rename = "attributeFilterCriteria",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::one_or_many_option"
    )]
    pub attribute_filter_criteria: Option<
        Vec<serde_json::Map<String, serde_json::Value>>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningSessionScope {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningSessionScope {
            identity_ids: None,
            criteria: None,
            attribute_filter_criteria: None,
            additional_properties: Default::default(),
        }
    }
}
