//! `Dimension`, from `apis/dimensions/schemas/dimension.yaml`.

use crate::models::{
    Accessprofileref, Dimensionmembershipselector, Entitlementref, Ownerreference,
};

/// A Dimension
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dimension {
    /// The id of the Dimension. This field must be left null when creating a dimension, otherwise a 400 Bad Request error will result.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable display name of the Dimension
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Date the Dimension was created
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date the Dimension was last modified.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// A human-readable description of the Dimension
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub owner: Option<Ownerreference>,
    #[serde(rename = "accessProfiles", skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<Accessprofileref>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Entitlementref>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub membership: Option<Dimensionmembershipselector>,
    /// The ID of the parent role. This field can be left null when creating a dimension, but if provided, it must match the role ID specified in the path variable of the API call.
    #[serde(rename = "parentId", skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dimension {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        Dimension {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            description: None,
            owner: None,
            access_profiles: None,
            entitlements: None,
            membership: None,
            parent_id: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Dimension {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dimension {
    const NAME: &'static str = "Dimension";

    #[inline]
    fn empty() -> Self {
        Dimension {
            id: None,
            name: Default::default(),
            created: None,
            modified: None,
            description: None,
            owner: None,
            access_profiles: None,
            entitlements: None,
            membership: None,
            parent_id: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "accessProfiles" => self.access_profiles = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "membership" => self.membership = map.next_value()?,
            "parentId" => {
                self.parent_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
