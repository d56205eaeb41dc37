//! `Roleinsightssummary`, from `apis/role-insights/schemas/roleinsightssummary.yaml`.

/// `Roleinsightssummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleinsightssummary {
    /// Total number of roles with updates
    #[serde(rename = "numberOfUpdates", skip_serializing_if = "Option::is_none")]
    pub number_of_updates: Option<i64>,
    /// The date-time role insights were last found.
    #[serde(rename = "lastGenerated", skip_serializing_if = "Option::is_none")]
    pub last_generated: Option<chrono::DateTime<chrono::Utc>>,
    /// The number of entitlements included in roles (vs free radicals).
    #[serde(
        rename = "entitlementsIncludedInRoles",
        skip_serializing_if = "Option::is_none"
    )]
    pub entitlements_included_in_roles: Option<i64>,
    /// The total number of entitlements.
    #[serde(
        rename = "totalNumberOfEntitlements",
        skip_serializing_if = "Option::is_none"
    )]
    pub total_number_of_entitlements: Option<i64>,
    /// The number of identities in roles vs. identities with just entitlements and not in roles.
    #[serde(
        rename = "identitiesWithAccessViaRoles",
        skip_serializing_if = "Option::is_none"
    )]
    pub identities_with_access_via_roles: Option<i64>,
    /// The total number of identities.
    #[serde(rename = "totalNumberOfIdentities", skip_serializing_if = "Option::is_none")]
    pub total_number_of_identities: Option<i64>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleinsightssummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleinsightssummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleinsightssummary {
    const NAME: &'static str = "Roleinsightssummary";

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
            "numberOfUpdates" => self.number_of_updates = map.next_value()?,
            "lastGenerated" => {
                self.last_generated = map.next_value_seed(crate::datetime::Optional)?;
            }
            "entitlementsIncludedInRoles" => {
                self.entitlements_included_in_roles = map.next_value()?;
            }
            "totalNumberOfEntitlements" => {
                self.total_number_of_entitlements = map.next_value()?;
            }
            "identitiesWithAccessViaRoles" => {
                self.identities_with_access_via_roles = map.next_value()?;
            }
            "totalNumberOfIdentities" => {
                self.total_number_of_identities = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
