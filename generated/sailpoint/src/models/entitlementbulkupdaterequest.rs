//! `Entitlementbulkupdaterequest`, from `apis/entitlements/schemas/entitlementbulkupdaterequest.yaml`.

use crate::models::Jsonpatchoperation;

/// Object for specifying the bulk update request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementbulkupdaterequest {
    /// List of entitlement ids to update
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "entitlementIds")]
    pub entitlement_ids: Vec<String>,
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "jsonPatch")]
    pub json_patch: Vec<Jsonpatchoperation>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementbulkupdaterequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        entitlement_ids: Vec<String>,
        json_patch: Vec<Jsonpatchoperation>,
    ) -> Self {
        Entitlementbulkupdaterequest {
            entitlement_ids,
            json_patch,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementbulkupdaterequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementbulkupdaterequest {
    const NAME: &'static str = "Entitlementbulkupdaterequest";

    #[inline]
    fn empty() -> Self {
        Entitlementbulkupdaterequest {
            entitlement_ids: Default::default(),
            json_patch: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "entitlementIds" => {
                self.entitlement_ids = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "jsonPatch" => {
                self.json_patch = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
