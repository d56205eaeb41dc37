//! `DimensionsProvisioningcriterialevel2`, from `apis/dimensions/schemas/provisioningcriterialevel2.yaml`.

use crate::models::{
    DimensionsProvisioningcriterialevel3, DimensionsProvisioningcriteriaoperation,
};

/// Defines matching criteria for an account to be provisioned with a specific access profile.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DimensionsProvisioningcriterialevel2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<DimensionsProvisioningcriteriaoperation>,
    /// Name of the account attribute to be tested. If **operation** is one of `EQUALS`, `NOT_EQUALS`, `CONTAINS`, or `HAS`, this field is required. Otherwise, specifying it results in an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// String value to test the account attribute w/r/t the specified operation. If the operation is one of `EQUALS`, `NOT_EQUALS`, or `CONTAINS`, this field is required. Otherwise, specifying it results in an error. If the attribute is not string-typed, the API will convert it to the appropriate type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Array of child criteria. This field is required if the operation is `AND` or `OR`. Otherwise, it must be left null. A maximum of three levels of criteria are supported, including leaf nodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<DimensionsProvisioningcriterialevel3>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DimensionsProvisioningcriterialevel2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for DimensionsProvisioningcriterialevel2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DimensionsProvisioningcriterialevel2 {
    const NAME: &'static str = "DimensionsProvisioningcriterialevel2";

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
            "operation" => self.operation = map.next_value()?,
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "children" => self.children = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
