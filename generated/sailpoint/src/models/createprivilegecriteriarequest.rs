//! `Createprivilegecriteriarequest`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml`.

use crate::models::{
    CreateprivilegecriteriarequestGroupsInner, CreateprivilegecriteriarequestOperator,
    CreateprivilegecriteriarequestPrivilegeLevel, CreateprivilegecriteriarequestType,
};

/// `Createprivilegecriteriarequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Createprivilegecriteriarequest {
    /// The Id of the source that the criteria is applied to.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The type of criteria being created. Expects "CUSTOM".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateprivilegecriteriarequestType>,
    /// The logical operator to apply between groups.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operator: Option<CreateprivilegecriteriarequestOperator>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<CreateprivilegecriteriarequestGroupsInner>>,
    /// The privilege level assigned by this criteria.
    #[serde(rename = "privilegeLevel", skip_serializing_if = "Option::is_none")]
    pub privilege_level: Option<CreateprivilegecriteriarequestPrivilegeLevel>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Createprivilegecriteriarequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Createprivilegecriteriarequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Createprivilegecriteriarequest {
    const NAME: &'static str = "Createprivilegecriteriarequest";

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
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "operator" => self.operator = map.next_value()?,
            "groups" => self.groups = map.next_value()?,
            "privilegeLevel" => self.privilege_level = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
