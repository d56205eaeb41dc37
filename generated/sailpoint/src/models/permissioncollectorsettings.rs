//! `Permissioncollectorsettings`, from `apis/data-access-security/schemas/permissioncollectorsettings.yaml`.

/// `Permissioncollectorsettings` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Permissioncollectorsettings {
    /// Indicates whether the feature or configuration is enabled.
    #[serde(rename = "isEnabled", skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    #[serde(rename = "clusterId", skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Indicates whether unique permissions should be analyzed for resources.
    #[serde(
        rename = "analyzeUniquePermissions",
        skip_serializing_if = "Option::is_none"
    )]
    pub analyze_unique_permissions: Option<bool>,
    /// Indicates whether effective permissions should be calculated.
    #[serde(
        rename = "calculateEffectivePermissions",
        skip_serializing_if = "Option::is_none"
    )]
    pub calculate_effective_permissions: Option<bool>,
    /// Indicates whether riskiest permissions should be calculated.
    #[serde(
        rename = "calculateRiskiestPermissions",
        skip_serializing_if = "Option::is_none"
    )]
    pub calculate_riskiest_permissions: Option<bool>,
    /// Source for effective permissions calculation.
    #[serde(
        rename = "effectivePermissionsSource",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_permissions_source: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Permissioncollectorsettings {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Permissioncollectorsettings {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Permissioncollectorsettings {
    const NAME: &'static str = "Permissioncollectorsettings";

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
            "isEnabled" => {
                self.is_enabled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "clusterId" => {
                self.cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "analyzeUniquePermissions" => {
                self.analyze_unique_permissions = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "calculateEffectivePermissions" => {
                self.calculate_effective_permissions = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "calculateRiskiestPermissions" => {
                self.calculate_riskiest_permissions = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "effectivePermissionsSource" => {
                self.effective_permissions_source = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
