//! `PrivilegecriteriadtoGroupsInner`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/groups/items`.

use crate::models::{
    PrivilegecriteriadtoGroupsInnerCriteriaItemsInner,
    PrivilegecriteriadtoGroupsInnerOperator,
};

/// `PrivilegecriteriadtoGroupsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct PrivilegecriteriadtoGroupsInner {
    /// The logical operator to apply between criteria items in the group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<PrivilegecriteriadtoGroupsInnerOperator>,
    #[serde(rename = "criteriaItems", skip_serializing_if = "Option::is_none")]
    pub criteria_items: Option<Vec<PrivilegecriteriadtoGroupsInnerCriteriaItemsInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PrivilegecriteriadtoGroupsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for PrivilegecriteriadtoGroupsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for PrivilegecriteriadtoGroupsInner {
    const NAME: &'static str = "PrivilegecriteriadtoGroupsInner";

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
            "operator" => self.operator = map.next_value()?,
            "criteriaItems" => self.criteria_items = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
