//! `Rolecriterialevel2`, from `apis/roles/schemas/rolecriterialevel2.yaml`.

use crate::models::{Rolecriteriakey, Rolecriterialevel3, Rolecriteriaoperation};

/// Defines STANDARD type Role membership
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolecriterialevel2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation: Option<Rolecriteriaoperation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<Rolecriteriakey>,
    /// String value to test the Identity attribute, Account attribute, or Entitlement specified in the key w/r/t the specified operation. If this criteria is a leaf node, that is, if the operation is one of EQUALS, NOT_EQUALS, CONTAINS, DOES_NOT_CONTAIN, STARTS_WITH, or ENDS_WITH, this field is required. Otherwise, specifying it is an error.
    #[serde(rename = "stringValue", skip_serializing_if = "Option::is_none")]
    pub string_value: Option<String>,
    /// Array of child criteria. Required if the operation is AND or OR, otherwise it must be left null. A maximum of three levels of criteria are supported, including leaf nodes. Additionally, AND nodes can only be children or OR nodes and vice-versa.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Rolecriterialevel3>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolecriterialevel2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Rolecriterialevel2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolecriterialevel2 {
    const NAME: &'static str = "Rolecriterialevel2";

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
            "key" => self.key = map.next_value()?,
            "stringValue" => {
                self.string_value = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "children" => self.children = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
