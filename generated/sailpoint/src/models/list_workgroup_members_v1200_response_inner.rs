//! `ListWorkgroupMembersV1200ResponseInner`, from `apis/governance-groups/paths/workgroups-v1-by-workgroupid-members.yaml#/get/responses/200/content/application~1json/schema/items`.

use crate::models::ListWorkgroupMembersV1200ResponseInnerType;

/// Identity of workgroup member.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ListWorkgroupMembersV1200ResponseInner {
    /// Workgroup member identity DTO type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ListWorkgroupMembersV1200ResponseInnerType>,
    /// Workgroup member identity ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Workgroup member identity display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Workgroup member identity email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ListWorkgroupMembersV1200ResponseInner {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for ListWorkgroupMembersV1200ResponseInner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for ListWorkgroupMembersV1200ResponseInner {
    const NAME: &'static str = "ListWorkgroupMembersV1200ResponseInner";

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
            "type" => self.r#type = map.next_value()?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
