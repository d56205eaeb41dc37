//! `EntitlementdocumentManuallyUpdatedFields`, from `apis/search/schemas/entitlementdocument.yaml#/allOf/1/properties/manuallyUpdatedFields`.

/// Indicates whether the entitlement's display name and/or description have been manually updated.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct EntitlementdocumentManuallyUpdatedFields {
    #[serde(rename = "DESCRIPTION", skip_serializing_if = "Option::is_none")]
    pub description: Option<bool>,
    #[serde(rename = "DISPLAY_NAME", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementdocumentManuallyUpdatedFields {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for EntitlementdocumentManuallyUpdatedFields {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for EntitlementdocumentManuallyUpdatedFields {
    const NAME: &'static str = "EntitlementdocumentManuallyUpdatedFields";

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
            "DESCRIPTION" => {
                self.description = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "DISPLAY_NAME" => {
                self.display_name = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
