// Realistic reply drafts for the analyzer benchmark, written for it (not taken from any corpus): each is a
// whole email of about 200 words, as people really write them under pressure, from careful to defensive.
export const REPLIES: string[] = [
  `Hi Marta,

Thank you for writing, and I'm sorry the sofa arrived with a torn cushion after you had waited six weeks for it. That is not the first impression we want to make, and I understand how annoying it is to have the living room half set up with guests coming on Saturday.

I have booked a replacement cushion from our workshop this morning. It will leave the warehouse on Thursday and our driver will bring it to you on Friday between 9 and 12. He will take the damaged one away, so you don't need to pack anything.

I have also refunded the delivery charge of $49 to your card; it should show within a few days, depending on your bank.

If Friday morning doesn't suit you, reply to this email with a better slot and I'll move it myself. You can also reach me directly on 020 7946 0321 until 6 pm.

Thanks again for the photos, they made this quick to sort out.

Best wishes,
Daniel`,
  `Hello Mr. Okafor,

As I already explained in my last email, the invoice you received is correct. The extra line is the setup fee that was listed on the quote you signed in March, so this isn't a billing error on our side.

You should have checked the quote before approving it, and honestly nobody else has complained about this fee. Our finance team handles disputes, so you'll have to contact them if you still want to take it further.

We will try to look into a payment plan at some point, but I can't promise anything. Please understand that we have hundreds of clients and we can't make exceptions every time someone is unhappy.

The account will stay active while this is reviewed. If the invoice is not paid by the end of the month, the system will add a late fee automatically and there is nothing I can do about that.

Regards,
Accounts Team`,
  `Dear Priya,

I'm sorry we missed the deadline for the launch banners. You planned your campaign around the date we gave you, and I can see why this has put you in a difficult position with your own client.

The delay came from our side: the final files were waiting for a review that I should have chased on Monday. That's my mistake.

Here is what happens now. Our designer is finishing the last two sizes this afternoon, and I will send you the full set by 4 pm today. If anything needs changing, we will turn it around within two hours tomorrow morning.

To make up for the wait, there is no charge for this round of revisions, and I've added a free extra format for your newsletter.

I know a campaign can't wait, so I'll keep you posted at every step. My mobile is 07700 900123 if you would rather talk it through.

Kind regards,
Sam`,
  `Hi Tom,

Thanks for your message. I've read it twice and I do want to help, although I need to correct a couple of points first.

The outage on Tuesday lasted forty minutes, not three hours, and it affected every customer in the region, not just your account. These things happen with any hosting platform and it was fixed as quickly as possible.

That said, I understand that your shop lost orders during the busiest hour of the week, and that is frustrating. I have asked our engineers for a full timeline and I will share it with you by Thursday.

I'm not able to offer a refund for the month, because our agreement covers outages over four hours, but I can give you a credit of one week on your next invoice. We are also adding a second data centre in January, so a single failure can't take the shop down again.

Please let me know if you would like a call to go through the timeline together. I'm free tomorrow from 10.

All the best,
Alex`,
];
