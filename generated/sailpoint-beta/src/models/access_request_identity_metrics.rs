//! `AccessRequestIdentityMetrics`, from `beta/schemas/AccessRequestIdentityMetrics.yaml`.

/// `AccessRequestIdentityMetrics` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestIdentityMetrics {
    /// A count of the provided manager's direct reports that have already been granted the access item in question.
    #[serde(rename = "identitiesWithAccess", skip_serializing_if = "Option::is_none")]
    pub identities_with_access: Option<i64>,
    /// A count of the provided manager's direct reports that have activity within the associated source.
    #[serde(rename = "identitiesWithActivity", skip_serializing_if = "Option::is_none")]
    pub identities_with_activity: Option<i64>,
    /// Total number of identities who share a manager with the identity requesting access.
    #[serde(rename = "totalIdentities", skip_serializing_if = "Option::is_none")]
    pub total_identities: Option<i64>,
    /// True if the manager's ID can be found. False if the manager's ID cannot be found.
    #[serde(rename = "squadAvailable", skip_serializing_if = "Option::is_none")]
    pub squad_available: Option<bool>,
    /// True if the requested access item is associated with a single Activity Data Insights connector source.  False if the requested access item type is a role. If it's a role, it matches to multiple sources, so a single relevant source can't be determined for activity metrics.
    #[serde(rename = "validActivityObject", skip_serializing_if = "Option::is_none")]
    pub valid_activity_object: Option<bool>,
    /// True if the Activity Data Insights connector is configured for the source associated with the requested access item. False if the matching Activity Data Insights connector is not configured.
    #[serde(
        rename = "activitySourceConfigured",
        skip_serializing_if = "Option::is_none"
    )]
    pub activity_source_configured: Option<bool>,
    /// True if the requested access item exists and is available. False if the requested access item is either missing or deleted.
    #[serde(rename = "requestedObjectActive", skip_serializing_if = "Option::is_none")]
    pub requested_object_active: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestIdentityMetrics {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestIdentityMetrics {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestIdentityMetrics {
    const NAME: &'static str = "AccessRequestIdentityMetrics";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "identitiesWithAccess" => self.identities_with_access = map.next_value()?,
            "identitiesWithActivity" => self.identities_with_activity = map.next_value()?,
            "totalIdentities" => self.total_identities = map.next_value()?,
            "squadAvailable" => {
                self.squad_available = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "validActivityObject" => {
                self.valid_activity_object = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "activitySourceConfigured" => {
                self.activity_source_configured = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestedObjectActive" => {
                self.requested_object_active = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
