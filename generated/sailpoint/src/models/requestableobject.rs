//! `Requestableobject`, from `apis/requestable-objects/schemas/requestableobject.yaml`.

use crate::models::{
    Identityreferencewithnameandemail, RequestableObjectsRequestableobjecttype,
    Requestableobjectrequeststatus,
};

/// `Requestableobject` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Requestableobject {
    /// Id of the requestable object itself
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of the requestable object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when the requestable object was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when the requestable object was last modified
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Description of the requestable object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RequestableObjectsRequestableobjecttype>,
    #[serde(rename = "requestStatus", skip_serializing_if = "Option::is_none")]
    pub request_status: Option<Requestableobjectrequeststatus>,
    /// If *requestStatus* is *PENDING*, indicates the id of the associated account activity.
    #[serde(rename = "identityRequestId", skip_serializing_if = "Option::is_none")]
    pub identity_request_id: Option<String>,
    #[serde(rename = "ownerRef", skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<Identityreferencewithnameandemail>,
    /// Whether the requester must provide comments when requesting the object.
    #[serde(rename = "requestCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub request_comments_required: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Requestableobject {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Requestableobject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Requestableobject {
    const NAME: &'static str = "Requestableobject";

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
            "type" => self.r#type = map.next_value()?,
            "requestStatus" => self.request_status = map.next_value()?,
            "identityRequestId" => {
                self.identity_request_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "ownerRef" => self.owner_ref = map.next_value()?,
            "requestCommentsRequired" => {
                self.request_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
