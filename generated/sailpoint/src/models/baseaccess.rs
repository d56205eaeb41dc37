//! `Baseaccess`, from `apis/search/schemas/baseaccess.yaml`.

use crate::models::BaseaccessOwner;

/// `Baseaccess` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Baseaccess {
    /// Access item's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates whether the access item is currently enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Indicates whether the access item can be requested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Indicates whether comments are required for requests to access the item.
    #[serde(rename = "requestCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub request_comments_required: Option<bool>,
    /// Owner's identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<BaseaccessOwner>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Baseaccess {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Baseaccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Baseaccess {
    const NAME: &'static str = "Baseaccess";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "synced" => self.synced = map.next_value_seed(crate::datetime::Optional)?,
            "enabled" => self.enabled = map.next_value_seed(crate::lenient::FlagOption)?,
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "requestCommentsRequired" => {
                self.request_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
