//! `MachineaccountcreateaccessdtoSubtypesInner`, from `apis/machine-account-creation-request/schemas/machineaccountcreateaccessdto.yaml#/properties/subtypes/items`.

/// `MachineaccountcreateaccessdtoSubtypesInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineaccountcreateaccessdtoSubtypesInner {
    /// Subtype ID.
    #[serde(rename = "subtypeId", skip_serializing_if = "Option::is_none")]
    pub subtype_id: Option<String>,
    /// Entitlement ID.
    #[serde(rename = "entitlementId", skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// Subtype display name.
    #[serde(rename = "subtypeDisplayName", skip_serializing_if = "Option::is_none")]
    pub subtype_display_name: Option<String>,
    /// Subtype technical name.
    #[serde(rename = "subtypeTechnicalName", skip_serializing_if = "Option::is_none")]
    pub subtype_technical_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineaccountcreateaccessdtoSubtypesInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for MachineaccountcreateaccessdtoSubtypesInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineaccountcreateaccessdtoSubtypesInner {
    const NAME: &'static str = "MachineaccountcreateaccessdtoSubtypesInner";

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
            "subtypeId" => {
                self.subtype_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "subtypeDisplayName" => {
                self.subtype_display_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "subtypeTechnicalName" => {
                self.subtype_technical_name = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
