//! `Accessprofiledocument`, from `apis/search/schemas/accessprofiledocument.yaml`.

use crate::models::{
    Accessapps, AccessprofiledocumentSource, BaseaccessOwner, Baseentitlement,
    Basesegment, Tags,
};

/// More complete representation of an access profile.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofiledocument {
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
    /// Access profile's ID.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Access profile's name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Access profile's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<AccessprofiledocumentSource>,
    /// Entitlements the access profile has access to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Baseentitlement>>,
    /// Number of entitlements.
    #[serde(rename = "entitlementCount", skip_serializing_if = "Option::is_none")]
    pub entitlement_count: Option<i64>,
    /// Segments with the access profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<Basesegment>>,
    /// Number of segments with the access profile.
    #[serde(rename = "segmentCount", skip_serializing_if = "Option::is_none")]
    pub segment_count: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Tags>,
    /// Applications with the access profile
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<Accessapps>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofiledocument {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Accessprofiledocument {
            description: None,
            created: None,
            modified: None,
            synced: None,
            enabled: None,
            requestable: None,
            request_comments_required: None,
            owner: None,
            id: id.into(),
            name: name.into(),
            source: None,
            entitlements: None,
            entitlement_count: None,
            segments: None,
            segment_count: None,
            tags: None,
            apps: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofiledocument {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofiledocument {
    const NAME: &'static str = "Accessprofiledocument";

    #[inline]
    fn empty() -> Self {
        Accessprofiledocument {
            description: None,
            created: None,
            modified: None,
            synced: None,
            enabled: None,
            requestable: None,
            request_comments_required: None,
            owner: None,
            id: Default::default(),
            name: Default::default(),
            source: None,
            entitlements: None,
            entitlement_count: None,
            segments: None,
            segment_count: None,
            tags: None,
            apps: None,
            additional_properties: Default::default(),
        }
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
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "source" => self.source = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "entitlementCount" => self.entitlement_count = map.next_value()?,
            "segments" => self.segments = map.next_value()?,
            "segmentCount" => self.segment_count = map.next_value()?,
            "tags" => self.tags = map.next_value()?,
            "apps" => self.apps = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
