//! `Inteloutlieraccessitem`, from `apis/intelligence/schemas/inteloutlieraccessitem.yaml`.

/// One outlier access-item row.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Inteloutlieraccessitem {
    /// Stable identifier of the outlier access-item row.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Display label of the risky access item.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Optional descriptive text for the risky access item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Access item type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "accessType")]
    pub access_type: String,
    /// Source name where the risky access item exists.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// Indicates whether analytics marked this item as extremely rare.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "extremelyRare")]
    pub extremely_rare: bool,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Inteloutlieraccessitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        display_name: impl Into<String>,
        access_type: impl Into<String>,
        source_name: impl Into<String>,
        extremely_rare: bool,
    ) -> Self {
        Inteloutlieraccessitem {
            id: id.into(),
            display_name: display_name.into(),
            description: None,
            access_type: access_type.into(),
            source_name: source_name.into(),
            extremely_rare,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Inteloutlieraccessitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Inteloutlieraccessitem {
    const NAME: &'static str = "Inteloutlieraccessitem";

    #[inline]
    fn empty() -> Self {
        Inteloutlieraccessitem {
            id: Default::default(),
            display_name: Default::default(),
            description: None,
            access_type: Default::default(),
            source_name: Default::default(),
            extremely_rare: Default::default(),
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
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accessType" => self.access_type = map.next_value_seed(crate::lenient::Text)?,
            "sourceName" => self.source_name = map.next_value_seed(crate::lenient::Text)?,
            "extremelyRare" => {
                self.extremely_rare = map.next_value_seed(crate::lenient::Flag)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
