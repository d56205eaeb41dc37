//! `MachineidentityrequestUserEntitlementsInner`, from `apis/machine-identities/schemas/machineidentityrequest.yaml#/allOf/1/properties/userEntitlements/items`.

/// `MachineidentityrequestUserEntitlementsInner` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct MachineidentityrequestUserEntitlementsInner {
    /// The ID of the entitlement
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "entitlementId")]
    pub entitlement_id: String,
    /// The source ID of the entitlement
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceId")]
    pub source_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MachineidentityrequestUserEntitlementsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(entitlement_id: impl Into<String>, source_id: impl Into<String>) -> Self {
        MachineidentityrequestUserEntitlementsInner {
            entitlement_id: entitlement_id.into(),
            source_id: source_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for MachineidentityrequestUserEntitlementsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for MachineidentityrequestUserEntitlementsInner {
    const NAME: &'static str = "MachineidentityrequestUserEntitlementsInner";

    #[inline]
    fn empty() -> Self {
        MachineidentityrequestUserEntitlementsInner {
            entitlement_id: Default::default(),
            source_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "sourceId" => self.source_id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
