//! `DataSegment`, from `apis/data-segmentation/schemas/data-segment.yaml`.

use crate::models::{
    Enabled, Membershiptype, Published, Scopes, Segmentid, Selection, Visibilitycriteria,
};

/// `DataSegment` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct DataSegment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<Segmentid>,
    /// The segment's business name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The time when the segment is created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The time when the segment is modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The segment's optional description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Scopes>,
    #[serde(rename = "memberSelection", skip_serializing_if = "Option::is_none")]
    pub member_selection: Option<Selection>,
    #[serde(rename = "memberFilter", skip_serializing_if = "Option::is_none")]
    pub member_filter: Option<Visibilitycriteria>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership: Option<Membershiptype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<Enabled>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl DataSegment {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for DataSegment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for DataSegment {
    const NAME: &'static str = "DataSegment";

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
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "scopes" => self.scopes = map.next_value()?,
            "memberSelection" => self.member_selection = map.next_value()?,
            "memberFilter" => self.member_filter = map.next_value()?,
            "membership" => self.membership = map.next_value()?,
            "enabled" => self.enabled = map.next_value()?,
            "published" => self.published = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
