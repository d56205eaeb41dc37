//! `Launcher`, from `apis/launchers/schemas/launcher.yaml`.

use crate::models::{LauncherOwner, LauncherReference, LauncherType};

/// `Launcher` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Launcher {
    /// ID of the Launcher
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Date the Launcher was created
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Launcher was last modified
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Owner of the Launcher
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<LauncherOwner>,
    /// Name of the Launcher, limited to 255 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Description of the Launcher, limited to 2000 characters
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Launcher type
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<LauncherType>,
    /// State of the Launcher
    ///
    /// A server's absent or `null` member reads as `false`.
    pub disabled: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<LauncherReference>,
    /// JSON configuration associated with this Launcher, restricted to a max size of 4KB
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub config: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Launcher {
    /// Builds the value from its required fields; the optional ones start empty.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub fn new(
        id: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        modified: chrono::DateTime<chrono::Utc>,
        owner: LauncherOwner,
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: LauncherType,
        disabled: bool,
        config: impl Into<String>,
    ) -> Self {
        Launcher {
            id: id.into(),
            created: Some(created),
            modified: Some(modified),
            owner: Some(owner),
            name: name.into(),
            description: description.into(),
            r#type: Some(r#type),
            disabled,
            reference: None,
            config: config.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Launcher {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Launcher {
    const NAME: &'static str = "Launcher";

    #[inline]
    fn empty() -> Self {
        Launcher {
            id: Default::default(),
            created: None,
            modified: None,
            owner: None,
            name: Default::default(),
            description: Default::default(),
            r#type: None,
            disabled: Default::default(),
            reference: None,
            config: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "owner" => self.owner = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "type" => self.r#type = map.next_value()?,
            "disabled" => self.disabled = map.next_value_seed(crate::lenient::Flag)?,
            "reference" => self.reference = map.next_value()?,
            "config" => self.config = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
