//! `Accessprofileupdateitem`, from `apis/access-profiles/schemas/accessprofileupdateitem.yaml`.

/// `Accessprofileupdateitem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Accessprofileupdateitem {
    /// Identifier of Access Profile in bulk update request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Access Profile requestable or not.
    ///
    /// A server's absent or `null` member reads as `false`.
    pub requestable: bool,
    /// The HTTP response status code returned for an individual Access Profile that is requested for update during a bulk update operation.
    ///
    /// > 201   - Access profile is updated successfully.
    ///
    /// > 404   - Access profile not found.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub status: String,
    /// Human readable status description and containing additional context information about success or failures etc.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Accessprofileupdateitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        requestable: bool,
        status: impl Into<String>,
    ) -> Self {
        Accessprofileupdateitem {
            id: id.into(),
            requestable,
            status: status.into(),
            description: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Accessprofileupdateitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Accessprofileupdateitem {
    const NAME: &'static str = "Accessprofileupdateitem";

    #[inline]
    fn empty() -> Self {
        Accessprofileupdateitem {
            id: Default::default(),
            requestable: Default::default(),
            status: Default::default(),
            description: None,
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
            "requestable" => {
                self.requestable = map.next_value_seed(crate::lenient::Flag)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
