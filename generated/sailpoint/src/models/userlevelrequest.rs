//! `Userlevelrequest`, from `apis/custom-user-levels/schemas/userlevelrequest.yaml`.

use crate::models::Publicidentity;

/// Payload containing details for creating a custom user level.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Userlevelrequest {
    /// The name of the user level.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// A brief description of the user level.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// The owner of the UserLevel.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Publicidentity>,
    /// A list of rights associated with the user level.
    #[serde(rename = "rightSets", skip_serializing_if = "Option::is_none")]
    pub right_sets: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Userlevelrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: Publicidentity,
    ) -> Self {
        Userlevelrequest {
            name: name.into(),
            description: description.into(),
            owner: Some(owner),
            right_sets: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Userlevelrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Userlevelrequest {
    const NAME: &'static str = "Userlevelrequest";

    #[inline]
    fn empty() -> Self {
        Userlevelrequest {
            name: Default::default(),
            description: Default::default(),
            owner: None,
            right_sets: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "owner" => self.owner = map.next_value()?,
            "rightSets" => self.right_sets = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
