//! `ProvisioningconfigPlanInitializerScript`, from `apis/service-desk-integration/schemas/provisioningconfig.yaml#/properties/planInitializerScript`.

/// This is a reference to a plan initializer script.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ProvisioningconfigPlanInitializerScript {
    /// This is a Rule that allows provisioning instruction changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ProvisioningconfigPlanInitializerScript {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ProvisioningconfigPlanInitializerScript {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ProvisioningconfigPlanInitializerScript {
    const NAME: &'static str = "ProvisioningconfigPlanInitializerScript";

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
            "source" => self.source = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
