//! `Identityentitlementdetailsentitlementdto`, from `apis/access-requests/schemas/identityentitlementdetailsentitlementdto.yaml`.

use crate::models::Ownerdto;

/// `Identityentitlementdetailsentitlementdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityentitlementdetailsentitlementdto {
    /// The entitlement id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entitlement name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Time when the entitlement was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Time when the entitlement was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The description of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the object, will always be "ENTITLEMENT"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The source ID
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The source name
    #[serde(rename = "sourceName", skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Ownerdto>,
    /// The value of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// a list of properties informing the viewer about the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityentitlementdetailsentitlementdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityentitlementdetailsentitlementdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityentitlementdetailsentitlementdto {
    const NAME: &'static str = "Identityentitlementdetailsentitlementdto";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceName" => {
                self.source_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "flags" => self.flags = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
