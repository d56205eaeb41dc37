//! `Entitlementattributebulkupdatefilterrequest`, from `apis/access-model-metadata/schemas/entitlementattributebulkupdatefilterrequest.yaml`.

use crate::models::{
    Bulkupdateammkeyvalue, EntitlementattributebulkupdatefilterrequestOperation,
    EntitlementattributebulkupdatefilterrequestReplaceScope,
};

/// `Entitlementattributebulkupdatefilterrequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementattributebulkupdatefilterrequest {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<String>,
    /// Operation to perform on the attributes in the bulk update request.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<EntitlementattributebulkupdatefilterrequestOperation>,
    /// The choice of update scope.
    #[serde(rename = "replaceScope", skip_serializing_if = "Option::is_none")]
    pub replace_scope: Option<EntitlementattributebulkupdatefilterrequestReplaceScope>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Bulkupdateammkeyvalue>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementattributebulkupdatefilterrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementattributebulkupdatefilterrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementattributebulkupdatefilterrequest {
    const NAME: &'static str = "Entitlementattributebulkupdatefilterrequest";

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
            "filters" => self.filters = map.next_value_seed(crate::lenient::TextOption)?,
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
