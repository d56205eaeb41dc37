//! The data types of requests and responses, one module per type.

#[cfg(feature = "webhooks")]
mod access_requested_payload;
#[cfg(feature = "webhooks")]
pub use access_requested_payload::AccessRequestedPayload;

#[cfg(feature = "webhooks")]
mod identity_created_payload;
#[cfg(feature = "webhooks")]
pub use identity_created_payload::IdentityCreatedPayload;

#[cfg(feature = "unreferenced-schemas")]
mod index;
#[cfg(feature = "unreferenced-schemas")]
pub use index::Index;

#[cfg(feature = "defects")]
mod launcher;
#[cfg(feature = "defects")]
pub use launcher::Launcher;

#[cfg(any(feature = "defects", feature = "webhooks"))]
mod owner;
#[cfg(any(feature = "defects", feature = "webhooks"))]
pub use owner::Owner;

#[cfg(feature = "defects")]
mod reassignment;
#[cfg(feature = "defects")]
pub use reassignment::Reassignment;

#[cfg(feature = "defects")]
mod reassignment_type;
#[cfg(feature = "defects")]
pub use reassignment_type::ReassignmentType;

#[cfg(feature = "defects")]
mod record;
#[cfg(feature = "defects")]
pub use record::Record;

#[cfg(feature = "defects")]
mod thing;
#[cfg(feature = "defects")]
pub use thing::Thing;
