//! `Sourcecreated`, from `apis/triggers/schemas/sourcecreated.yaml`.

use crate::models::SourcecreatedActor;

/// `Sourcecreated` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcecreated {
    /// The unique ID of the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub id: String,
    /// Human friendly name of the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The connection type.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub r#type: String,
    /// The date and time the source was created.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// The connector type used to connect to the source.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub connector: String,
    /// Identity who created the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<SourcecreatedActor>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcecreated {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<String>,
        created: chrono::DateTime<chrono::Utc>,
        connector: impl Into<String>,
        actor: SourcecreatedActor,
    ) -> Self {
        Sourcecreated {
            id: id.into(),
            name: name.into(),
            r#type: r#type.into(),
            created: Some(created),
            connector: connector.into(),
            actor: Some(actor),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Sourcecreated {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcecreated {
    const NAME: &'static str = "Sourcecreated";

    #[inline]
    fn empty() -> Self {
        Sourcecreated {
            id: Default::default(),
            name: Default::default(),
            r#type: Default::default(),
            created: None,
            connector: Default::default(),
            actor: None,
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "type" => self.r#type = map.next_value_seed(crate::lenient::Text)?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "connector" => self.connector = map.next_value_seed(crate::lenient::Text)?,
            "actor" => self.actor = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
