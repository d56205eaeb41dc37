//! `Roleinsightsinsight`, from `apis/role-insights/schemas/roleinsightsinsight.yaml`.

/// `Roleinsightsinsight` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleinsightsinsight {
    /// The number of identities in this role with the entitlement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The number of identities in this role with the entitlement.
    #[serde(rename = "identitiesWithAccess", skip_serializing_if = "Option::is_none")]
    pub identities_with_access: Option<i64>,
    /// The number of identities in this role that do not have the specified entitlement.
    #[serde(rename = "identitiesImpacted", skip_serializing_if = "Option::is_none")]
    pub identities_impacted: Option<i64>,
    /// The total number of identities.
    #[serde(rename = "totalNumberOfIdentities", skip_serializing_if = "Option::is_none")]
    pub total_number_of_identities: Option<i64>,
    #[serde(rename = "impactedIdentityNames", skip_serializing_if = "Option::is_none")]
    pub impacted_identity_names: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleinsightsinsight {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleinsightsinsight {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleinsightsinsight {
    const NAME: &'static str = "Roleinsightsinsight";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "identitiesWithAccess" => self.identities_with_access = map.next_value()?,
            "identitiesImpacted" => self.identities_impacted = map.next_value()?,
            "totalNumberOfIdentities" => {
                self.total_number_of_identities = map.next_value()?;
            }
            "impactedIdentityNames" => {
                self.impacted_identity_names = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
