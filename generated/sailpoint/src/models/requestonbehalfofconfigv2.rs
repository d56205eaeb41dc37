//! `Requestonbehalfofconfigv2`, from `apis/access-requests/schemas/requestonbehalfofconfigv2.yaml`.

/// `Requestonbehalfofconfigv2` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Requestonbehalfofconfigv2 {
    /// If this is true, anyone can request access for anyone.
    #[serde(
        rename = "allowRequestOnBehalfOfAnyoneByAnyone",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_on_behalf_of_anyone_by_anyone: Option<bool>,
    /// If this is true, a manager can request access for his or her direct reports.
    #[serde(
        rename = "allowRequestOnBehalfOfEmployeeByManager",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_on_behalf_of_employee_by_manager: Option<bool>,
    /// If this is true, anyone can request access on behalf of machine identities. Machine access request authorization is evaluated as follows: 1. If this flag is true, any requester is allowed. 2. Else if `allowRequestForMachineByOwner` is true, the requester must be an admin or a primary/secondary owner of every requested machine identity. 3. Else admins are still allowed; non-admins receive 403.
    #[serde(
        rename = "allowRequestOnBehalfOfForMachineIdentity",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_on_behalf_of_for_machine_identity: Option<bool>,
    /// When `allowRequestOnBehalfOfForMachineIdentity` is false and this flag is true, only admins and primary/secondary owners of the requested machine identities may submit machine access requests. Defaults to false (opt-in).
    #[serde(
        rename = "allowRequestForMachineByOwner",
        skip_serializing_if = "Option::is_none"
    )]
    pub allow_request_for_machine_by_owner: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Requestonbehalfofconfigv2 {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Requestonbehalfofconfigv2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Requestonbehalfofconfigv2 {
    const NAME: &'static str = "Requestonbehalfofconfigv2";

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
            "allowRequestOnBehalfOfAnyoneByAnyone" => {
                self.allow_request_on_behalf_of_anyone_by_anyone = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "allowRequestOnBehalfOfEmployeeByManager" => {
                self.allow_request_on_behalf_of_employee_by_manager = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "allowRequestOnBehalfOfForMachineIdentity" => {
                self.allow_request_on_behalf_of_for_machine_identity = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "allowRequestForMachineByOwner" => {
                self.allow_request_for_machine_by_owner = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
