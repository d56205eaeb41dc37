//! `Entitlementattributebulkupdatequeryrequest`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatequeryrequest.yaml`.

use crate::models::{
    Bulkupdateammkeyvalue, EntitlementattributebulkupdatequeryrequestOperation,
    EntitlementattributebulkupdatequeryrequestReplaceScope, Search,
};

/// `Entitlementattributebulkupdatequeryrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementattributebulkupdatequeryrequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<Search>,
    /// Operation to perform on the attributes in the bulk update request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<EntitlementattributebulkupdatequeryrequestOperation>,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<EntitlementattributebulkupdatequeryrequestReplaceScope>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Bulkupdateammkeyvalue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementattributebulkupdatequeryrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementattributebulkupdatequeryrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementattributebulkupdatequeryrequest {
    const NAME: &'static str = "Entitlementattributebulkupdatequeryrequest";

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
            "query" => self.query = map.next_value()?,
            "operation" => self.operation = map.next_value()?,
            "replaceScope" => self.replace_scope = map.next_value()?,
            "values" => self.values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
