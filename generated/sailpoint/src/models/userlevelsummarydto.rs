//! `Userlevelsummarydto`, from `apis/custom-user-levels/schemas/userlevelsummarydto.yaml`.

use crate::models::{Publicidentity, Rightsetdto, UserlevelsummarydtoStatus};

/// It represents a summary of a user level, including its metadata, attributes, and associated properties.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Userlevelsummarydto {
    /// The unique identifier of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable name of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The legacy group associated with the UserLevel, used for backward compatibility for the UserLevel id.
    #[serde(rename = "legacyGroup", skip_serializing_if = "Option::is_none")]
    pub legacy_group: Option<String>,
    /// List of RightSets associated with the UserLevel.
    #[serde(rename = "rightSets", skip_serializing_if = "Option::is_none")]
    pub right_sets: Option<Vec<Rightsetdto>>,
    /// Indicates whether the UserLevel is custom.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom: Option<bool>,
    /// Indicates whether the UserLevel is admin-assignable.
    #[serde(rename = "adminAssignable", skip_serializing_if = "Option::is_none")]
    pub admin_assignable: Option<bool>,
    /// The translated name of the UserLevel.
    #[serde(rename = "translatedName", skip_serializing_if = "Option::is_none")]
    pub translated_name: Option<String>,
    /// The translated grant message for the UserLevel.
    #[serde(rename = "translatedGrant", skip_serializing_if = "Option::is_none")]
    pub translated_grant: Option<String>,
    /// The translated remove message for the UserLevel.
    #[serde(rename = "translatedRemove", skip_serializing_if = "Option::is_none")]
    pub translated_remove: Option<String>,
    /// The owner of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Publicidentity>,
    /// The status of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<UserlevelsummarydtoStatus>,
    /// The creation timestamp of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The last modification timestamp of the UserLevel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// The count of associated identities for the UserLevel.
    #[serde(
        rename = "associatedIdentitiesCount",
        skip_serializing_if = "Option::is_none"
    )]
    pub associated_identities_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Userlevelsummarydto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Userlevelsummarydto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Userlevelsummarydto {
    const NAME: &'static str = "Userlevelsummarydto";

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
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "legacyGroup" => {
                self.legacy_group = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "rightSets" => self.right_sets = map.next_value()?,
            "custom" => self.custom = map.next_value_seed(crate::lenient::FlagOption)?,
            "adminAssignable" => {
                self.admin_assignable = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "translatedName" => {
                self.translated_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "translatedGrant" => {
                self.translated_grant = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "translatedRemove" => {
                self.translated_remove = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "status" => self.status = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "associatedIdentitiesCount" => {
                self.associated_identities_count = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
