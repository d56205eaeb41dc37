//! `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/groups/items/properties/criteriaItems/items`.

use crate::models::{
    CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator,
    CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType,
};

/// `CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner {
    /// The target type of the criteria item.
    #[serde(rename = "targetType", skip_serializing_if = "Option::is_none")]
    pub target_type: Option<
        CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerTargetType,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<
        CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInnerOperator,
    >,
    /// The values to evaluate the property against.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Whether to ignore case when evaluating the property against the values.
    #[serde(rename = "ignoreCase", skip_serializing_if = "Option::is_none")]
    pub ignore_case: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de>
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object
for CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner {
    const NAME: &'static str = "CreateprivilegecriteriarequestGroupsInnerCriteriaItemsInner";

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
            "targetType" => self.target_type = map.next_value()?,
            "operator" => self.operator = map.next_value()?,
            "values" => self.values = map.next_value()?,
            "ignoreCase" => {
                self.ignore_case = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
