//! `Entitlementconnectionbulkupdateresultitem`, from `apis/entitlement-connections/schemas/entitlementconnectionbulkupdateresultitem.yaml`.

/// `Entitlementconnectionbulkupdateresultitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Entitlementconnectionbulkupdateresultitem {
    /// Connection ID processed in this row.
    #[serde(rename = "connectionId", skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Requested or resulting connection type for the row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Item-level result status code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<i32>,
    /// Item-level result message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Entitlementconnectionbulkupdateresultitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Entitlementconnectionbulkupdateresultitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Entitlementconnectionbulkupdateresultitem {
    const NAME: &'static str = "Entitlementconnectionbulkupdateresultitem";

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
            "connectionId" => {
                self.connection_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "status" => self.status = map.next_value()?,
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
