//! `IntelBlastRadiusSummary`, from `apis/intelligence/schemas/intel-blast-radius-summary.yaml`.

/// Fast SOC view of impact across sources, accounts, and humans.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelBlastRadiusSummary {
    /// Source systems that may be impacted if compromised.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "impactedSources")]
    pub impacted_sources: Vec<String>,
    /// Linked machine accounts that may be impacted if compromised.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "impactedAccounts")]
    pub impacted_accounts: i32,
    /// Unique owners and authorized humans potentially impacted if compromised.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(rename = "impactedHumans")]
    pub impacted_humans: i32,
    /// Whether this NHI holds entitlements included in summary.
    #[serde(rename = "hasEntitlements", skip_serializing_if = "Option::is_none")]
    pub has_entitlements: Option<bool>,
    /// Environment labels for impacted access in this summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub environments: Option<Vec<String>>,
    /// Access type labels for impacted access in this summary.
    #[serde(rename = "accessTypes", skip_serializing_if = "Option::is_none")]
    pub access_types: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelBlastRadiusSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        impacted_sources: Vec<String>,
        impacted_accounts: i32,
        impacted_humans: i32,
    ) -> Self {
        IntelBlastRadiusSummary {
            impacted_sources,
            impacted_accounts,
            impacted_humans,
            has_entitlements: None,
            environments: None,
            access_types: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelBlastRadiusSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelBlastRadiusSummary {
    const NAME: &'static str = "IntelBlastRadiusSummary";

    #[inline]
    fn empty() -> Self {
        IntelBlastRadiusSummary {
            impacted_sources: Default::default(),
            impacted_accounts: Default::default(),
            impacted_humans: Default::default(),
            has_entitlements: None,
            environments: None,
            access_types: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "impactedSources" => {
                self.impacted_sources = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "impactedAccounts" => {
                self.impacted_accounts = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "impactedHumans" => {
                self.impacted_humans = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "hasEntitlements" => {
                self.has_entitlements = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "environments" => self.environments = map.next_value()?,
            "accessTypes" => self.access_types = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
